; BrainTS kernel for neuron model CubaLIF (models/coba.ts:76), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): v, t_last, ge, gi.
; Group-uniform parameters (params): taum, taue, taui, Vt, Vr, t_ref, El.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'CubaLIF.cpu'
source_filename = "models/coba.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @CubaLIF_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/coba.ts:82  update(t: number, dt: number) {
  %v.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %v.ptr = load double*, double** %v.slot, align 8, !dbg !7
  %t_last.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !7
  %t_last.ptr = load double*, double** %t_last.slot, align 8, !dbg !7
  %ge.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !7
  %ge.ptr = load double*, double** %ge.slot, align 8, !dbg !7
  %gi.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !7
  %gi.ptr = load double*, double** %gi.slot, align 8, !dbg !7
  %taum.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %taum = load double, double* %taum.slot, align 8, !dbg !7
  %taue.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !7
  %taue = load double, double* %taue.slot, align 8, !dbg !7
  %taui.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !7
  %taui = load double, double* %taui.slot, align 8, !dbg !7
  %Vt.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !7
  %Vt = load double, double* %Vt.slot, align 8, !dbg !7
  %Vr.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !7
  %Vr = load double, double* %Vr.slot, align 8, !dbg !7
  %t_ref.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !7
  %t_ref = load double, double* %t_ref.slot, align 8, !dbg !7
  %El.slot = getelementptr inbounds double, double* %params, i64 6, !dbg !7
  %El = load double, double* %El.slot, align 8, !dbg !7
  %u0 = fmul double 1.000000e-03, %dt, !dbg !8
  ; models/coba.ts:22  return refractoryOver(t, this.t_last, this.t_ref, dt);
  %u1 = fdiv double 1.000000e+00, %dt, !dbg !9
  %0 = fadd double %t_ref, %u0, !dbg !10
  %1 = fmul double %0, %u1, !dbg !10
  %u2 = call double @llvm.trunc.f64(double %1), !dbg !10
  ; models/coba.ts:84  const em = Math.exp(-dt / this.taum),
  %2 = fneg double %dt, !dbg !11
  %3 = fdiv double %2, %taum, !dbg !12
  %4 = fcmp ogt double %3, 7.100000e+02, !dbg !12
  %5 = select i1 %4, double 7.100000e+02, double %3, !dbg !12
  %6 = fcmp olt double %5, -7.460000e+02, !dbg !12
  %7 = select i1 %6, double -7.460000e+02, double %5, !dbg !12
  %8 = fmul double %7, 0x3FF71547652B82FE, !dbg !12
  %9 = fadd double %8, 0x4338000000000000, !dbg !12
  %10 = bitcast double %9 to i64, !dbg !12
  %11 = sub i64 %10, 4843621399236968448, !dbg !12
  %12 = fsub double %9, 0x4338000000000000, !dbg !12
  %13 = fmul double %12, 0x3FE62E42FEE00000, !dbg !12
  %14 = fsub double %7, %13, !dbg !12
  %15 = fmul double %12, 0x3DEA39EF35793C76, !dbg !12
  %16 = fsub double %14, %15, !dbg !12
  %17 = fmul double 0x3E21F730349868CE, %16, !dbg !12
  %18 = fadd double %17, 0x3E5AF4DE97CA4194, !dbg !12
  %19 = fmul double %18, %16, !dbg !12
  %20 = fadd double %19, 0x3E927E4DB646B17E, !dbg !12
  %21 = fmul double %20, %16, !dbg !12
  %22 = fadd double %21, 0x3EC71DE0231960EB, !dbg !12
  %23 = fmul double %22, %16, !dbg !12
  %24 = fadd double %23, 0x3EFA01A01A6D889C, !dbg !12
  %25 = fmul double %24, %16, !dbg !12
  %26 = fadd double %25, 0x3F2A01A01ABE7FE1, !dbg !12
  %27 = fmul double %26, %16, !dbg !12
  %28 = fadd double %27, 0x3F56C16C16C162D4, !dbg !12
  %29 = fmul double %28, %16, !dbg !12
  %30 = fadd double %29, 0x3F811111111100DC, !dbg !12
  %31 = fmul double %30, %16, !dbg !12
  %32 = fadd double %31, 0x3FA5555555555556, !dbg !12
  %33 = fmul double %32, %16, !dbg !12
  %34 = fadd double %33, 0x3FC5555555555557, !dbg !12
  %35 = fmul double %34, %16, !dbg !12
  %36 = fadd double %35, 5.000000e-01, !dbg !12
  %37 = fmul double %16, %16, !dbg !12
  %38 = fmul double %37, %36, !dbg !12
  %39 = fsub double %38, %15, !dbg !12
  %40 = fadd double %14, %39, !dbg !12
  %41 = fsub double %40, %14, !dbg !12
  %42 = fsub double %39, %41, !dbg !12
  %43 = fadd double 1.000000e+00, %40, !dbg !12
  %44 = fsub double 1.000000e+00, %43, !dbg !12
  %45 = fadd double %44, %40, !dbg !12
  %46 = fadd double %45, %42, !dbg !12
  %47 = fadd double %43, %46, !dbg !12
  %48 = ashr i64 %11, 1, !dbg !12
  %49 = add i64 %48, 1023, !dbg !12
  %50 = shl i64 %49, 52, !dbg !12
  %51 = bitcast i64 %50 to double, !dbg !12
  %52 = fmul double %47, %51, !dbg !12
  %53 = sub i64 %11, %48, !dbg !12
  %54 = add i64 %53, 1023, !dbg !12
  %55 = shl i64 %54, 52, !dbg !12
  %56 = bitcast i64 %55 to double, !dbg !12
  %u3 = fmul double %52, %56, !dbg !12
  ; models/coba.ts:92  ((this.ge * this.taue) / (this.taue - this.taum)) * (ee - em) +
  %u4 = fsub double %taue, %taum, !dbg !13
  ; models/coba.ts:85  ee = Math.exp(-dt / this.taue),
  %57 = fneg double %dt, !dbg !14
  %58 = fdiv double %57, %taue, !dbg !15
  %59 = fcmp ogt double %58, 7.100000e+02, !dbg !15
  %60 = select i1 %59, double 7.100000e+02, double %58, !dbg !15
  %61 = fcmp olt double %60, -7.460000e+02, !dbg !15
  %62 = select i1 %61, double -7.460000e+02, double %60, !dbg !15
  %63 = fmul double %62, 0x3FF71547652B82FE, !dbg !15
  %64 = fadd double %63, 0x4338000000000000, !dbg !15
  %65 = bitcast double %64 to i64, !dbg !15
  %66 = sub i64 %65, 4843621399236968448, !dbg !15
  %67 = fsub double %64, 0x4338000000000000, !dbg !15
  %68 = fmul double %67, 0x3FE62E42FEE00000, !dbg !15
  %69 = fsub double %62, %68, !dbg !15
  %70 = fmul double %67, 0x3DEA39EF35793C76, !dbg !15
  %71 = fsub double %69, %70, !dbg !15
  %72 = fmul double 0x3E21F730349868CE, %71, !dbg !15
  %73 = fadd double %72, 0x3E5AF4DE97CA4194, !dbg !15
  %74 = fmul double %73, %71, !dbg !15
  %75 = fadd double %74, 0x3E927E4DB646B17E, !dbg !15
  %76 = fmul double %75, %71, !dbg !15
  %77 = fadd double %76, 0x3EC71DE0231960EB, !dbg !15
  %78 = fmul double %77, %71, !dbg !15
  %79 = fadd double %78, 0x3EFA01A01A6D889C, !dbg !15
  %80 = fmul double %79, %71, !dbg !15
  %81 = fadd double %80, 0x3F2A01A01ABE7FE1, !dbg !15
  %82 = fmul double %81, %71, !dbg !15
  %83 = fadd double %82, 0x3F56C16C16C162D4, !dbg !15
  %84 = fmul double %83, %71, !dbg !15
  %85 = fadd double %84, 0x3F811111111100DC, !dbg !15
  %86 = fmul double %85, %71, !dbg !15
  %87 = fadd double %86, 0x3FA5555555555556, !dbg !15
  %88 = fmul double %87, %71, !dbg !15
  %89 = fadd double %88, 0x3FC5555555555557, !dbg !15
  %90 = fmul double %89, %71, !dbg !15
  %91 = fadd double %90, 5.000000e-01, !dbg !15
  %92 = fmul double %71, %71, !dbg !15
  %93 = fmul double %92, %91, !dbg !15
  %94 = fsub double %93, %70, !dbg !15
  %95 = fadd double %69, %94, !dbg !15
  %96 = fsub double %95, %69, !dbg !15
  %97 = fsub double %94, %96, !dbg !15
  %98 = fadd double 1.000000e+00, %95, !dbg !15
  %99 = fsub double 1.000000e+00, %98, !dbg !15
  %100 = fadd double %99, %95, !dbg !15
  %101 = fadd double %100, %97, !dbg !15
  %102 = fadd double %98, %101, !dbg !15
  %103 = ashr i64 %66, 1, !dbg !15
  %104 = add i64 %103, 1023, !dbg !15
  %105 = shl i64 %104, 52, !dbg !15
  %106 = bitcast i64 %105 to double, !dbg !15
  %107 = fmul double %102, %106, !dbg !15
  %108 = sub i64 %66, %103, !dbg !15
  %109 = add i64 %108, 1023, !dbg !15
  %110 = shl i64 %109, 52, !dbg !15
  %111 = bitcast i64 %110 to double, !dbg !15
  %112 = fmul double %107, %111, !dbg !15
  %u5 = fsub double %112, %u3, !dbg !15
  ; models/coba.ts:93  ((this.gi * this.taui) / (this.taui - this.taum)) * (ei - em);
  %u6 = fsub double %taui, %taum, !dbg !16
  ; models/coba.ts:86  ei = Math.exp(-dt / this.taui);
  %113 = fneg double %dt, !dbg !17
  %114 = fdiv double %113, %taui, !dbg !18
  %115 = fcmp ogt double %114, 7.100000e+02, !dbg !18
  %116 = select i1 %115, double 7.100000e+02, double %114, !dbg !18
  %117 = fcmp olt double %116, -7.460000e+02, !dbg !18
  %118 = select i1 %117, double -7.460000e+02, double %116, !dbg !18
  %119 = fmul double %118, 0x3FF71547652B82FE, !dbg !18
  %120 = fadd double %119, 0x4338000000000000, !dbg !18
  %121 = bitcast double %120 to i64, !dbg !18
  %122 = sub i64 %121, 4843621399236968448, !dbg !18
  %123 = fsub double %120, 0x4338000000000000, !dbg !18
  %124 = fmul double %123, 0x3FE62E42FEE00000, !dbg !18
  %125 = fsub double %118, %124, !dbg !18
  %126 = fmul double %123, 0x3DEA39EF35793C76, !dbg !18
  %127 = fsub double %125, %126, !dbg !18
  %128 = fmul double 0x3E21F730349868CE, %127, !dbg !18
  %129 = fadd double %128, 0x3E5AF4DE97CA4194, !dbg !18
  %130 = fmul double %129, %127, !dbg !18
  %131 = fadd double %130, 0x3E927E4DB646B17E, !dbg !18
  %132 = fmul double %131, %127, !dbg !18
  %133 = fadd double %132, 0x3EC71DE0231960EB, !dbg !18
  %134 = fmul double %133, %127, !dbg !18
  %135 = fadd double %134, 0x3EFA01A01A6D889C, !dbg !18
  %136 = fmul double %135, %127, !dbg !18
  %137 = fadd double %136, 0x3F2A01A01ABE7FE1, !dbg !18
  %138 = fmul double %137, %127, !dbg !18
  %139 = fadd double %138, 0x3F56C16C16C162D4, !dbg !18
  %140 = fmul double %139, %127, !dbg !18
  %141 = fadd double %140, 0x3F811111111100DC, !dbg !18
  %142 = fmul double %141, %127, !dbg !18
  %143 = fadd double %142, 0x3FA5555555555556, !dbg !18
  %144 = fmul double %143, %127, !dbg !18
  %145 = fadd double %144, 0x3FC5555555555557, !dbg !18
  %146 = fmul double %145, %127, !dbg !18
  %147 = fadd double %146, 5.000000e-01, !dbg !18
  %148 = fmul double %127, %127, !dbg !18
  %149 = fmul double %148, %147, !dbg !18
  %150 = fsub double %149, %126, !dbg !18
  %151 = fadd double %125, %150, !dbg !18
  %152 = fsub double %151, %125, !dbg !18
  %153 = fsub double %150, %152, !dbg !18
  %154 = fadd double 1.000000e+00, %151, !dbg !18
  %155 = fsub double 1.000000e+00, %154, !dbg !18
  %156 = fadd double %155, %151, !dbg !18
  %157 = fadd double %156, %153, !dbg !18
  %158 = fadd double %154, %157, !dbg !18
  %159 = ashr i64 %122, 1, !dbg !18
  %160 = add i64 %159, 1023, !dbg !18
  %161 = shl i64 %160, 52, !dbg !18
  %162 = bitcast i64 %161 to double, !dbg !18
  %163 = fmul double %158, %162, !dbg !18
  %164 = sub i64 %122, %159, !dbg !18
  %165 = add i64 %164, 1023, !dbg !18
  %166 = shl i64 %165, 52, !dbg !18
  %167 = bitcast i64 %166 to double, !dbg !18
  %168 = fmul double %163, %167, !dbg !18
  %u7 = fsub double %168, %u3, !dbg !18
  %169 = icmp slt i64 %begin, %end, !dbg !19
  br i1 %169, label %neuron, label %done, !dbg !19

neuron:                                           ; preds = %t_last.stored, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %t_last.stored ], !dbg !19
  %bad = phi i64 [ 0, %entry ], [ %bad.next, %t_last.stored ], !dbg !19
  ; models/coba.ts:22  return refractoryOver(t, this.t_last, this.t_ref, dt);
  %t_last.addr = getelementptr inbounds double, double* %t_last.ptr, i64 %i, !dbg !20
  %t_last = load double, double* %t_last.addr, align 8, !dbg !20
  %170 = fsub double %t, %t_last, !dbg !20
  %171 = fadd double %170, %u0, !dbg !9
  %172 = fmul double %171, %u1, !dbg !9
  %173 = call double @llvm.trunc.f64(double %172), !dbg !9
  %174 = fcmp oge double %173, %u2, !dbg !9
  ; models/coba.ts:91  (this.v - this.El) * em +
  %v.addr = getelementptr inbounds double, double* %v.ptr, i64 %i, !dbg !21
  %v = load double, double* %v.addr, align 8, !dbg !21
  %175 = fsub double %v, %El, !dbg !22
  ; models/coba.ts:84  const em = Math.exp(-dt / this.taum),
  %176 = fmul double %175, %u3, !dbg !23
  %177 = fadd double %El, %176, !dbg !23
  ; models/coba.ts:92  ((this.ge * this.taue) / (this.taue - this.taum)) * (ee - em) +
  %ge.addr = getelementptr inbounds double, double* %ge.ptr, i64 %i, !dbg !24
  %ge = load double, double* %ge.addr, align 8, !dbg !24
  %178 = fmul double %ge, %taue, !dbg !25
  %179 = fdiv double %178, %u4, !dbg !26
  %180 = fmul double %179, %u5, !dbg !27
  %181 = fadd double %177, %180, !dbg !27
  ; models/coba.ts:93  ((this.gi * this.taui) / (this.taui - this.taum)) * (ei - em);
  %gi.addr = getelementptr inbounds double, double* %gi.ptr, i64 %i, !dbg !28
  %gi = load double, double* %gi.addr, align 8, !dbg !28
  %182 = fmul double %gi, %taui, !dbg !29
  %183 = fdiv double %182, %u6, !dbg !30
  %184 = fmul double %183, %u7, !dbg !31
  %185 = fadd double %181, %184, !dbg !31
  ; models/coba.ts:15  @state v = -60; // mV
  %186 = select i1 %174, double %185, double %v, !dbg !32
  ; models/coba.ts:27  if (active && this.v > this.Vt) {
  %187 = fcmp ogt double %186, %Vt, !dbg !33
  %188 = and i1 %174, %187, !dbg !33
  ; models/coba.ts:28  this.v = this.Vr;
  %v.next = select i1 %188, double %Vr, double %186, !dbg !34
  ; models/coba.ts:85  ee = Math.exp(-dt / this.taue),
  %ge.next = fmul double %ge, %112, !dbg !35
  ; models/coba.ts:86  ei = Math.exp(-dt / this.taui);
  %gi.next = fmul double %gi, %168, !dbg !19
  ; models/coba.ts:18  @state t_last = -1e9; // ms, time of the last spike
  %t_last.next = select i1 %188, double %t, double %t_last, !dbg !36
  ; models/coba.ts:28  this.v = this.Vr;
  %v.addr1 = getelementptr inbounds double, double* %v.ptr, i64 %i, !dbg !37
  store double %v.next, double* %v.addr1, align 8, !dbg !37
  %189 = fsub double %v.next, %v.next, !dbg !37
  %190 = bitcast double %189 to i64, !dbg !37
  %v.bad = or i64 0, %190, !dbg !37
  ; models/coba.ts:95  this.ge *= ee;
  %ge.addr2 = getelementptr inbounds double, double* %ge.ptr, i64 %i, !dbg !38
  store double %ge.next, double* %ge.addr2, align 8, !dbg !38
  %191 = fsub double %ge.next, %ge.next, !dbg !38
  %192 = bitcast double %191 to i64, !dbg !38
  %ge.bad = or i64 %v.bad, %192, !dbg !38
  ; models/coba.ts:96  this.gi *= ei;
  %gi.addr3 = getelementptr inbounds double, double* %gi.ptr, i64 %i, !dbg !39
  store double %gi.next, double* %gi.addr3, align 8, !dbg !39
  %193 = fsub double %gi.next, %gi.next, !dbg !39
  %194 = bitcast double %193 to i64, !dbg !39
  %gi.bad = or i64 %ge.bad, %194, !dbg !39
  ; models/coba.ts:29  this.t_last = t;
  br i1 %188, label %t_last.store, label %t_last.stored, !dbg !40

done:                                             ; preds = %t_last.stored, %entry
  ; models/coba.ts:82  update(t: number, dt: number) {
  %bad.bits = phi i64 [ 0, %entry ], [ %bad.next, %t_last.stored ], !dbg !7
  %195 = icmp ne i64 %bad.bits, 0, !dbg !7
  %result = zext i1 %195 to i32, !dbg !7
  ret i32 %result, !dbg !7

t_last.store:                                     ; preds = %neuron
  ; models/coba.ts:29  this.t_last = t;
  %t_last.addr4 = getelementptr inbounds double, double* %t_last.ptr, i64 %i, !dbg !40
  store double %t_last.next, double* %t_last.addr4, align 8, !dbg !40
  br label %t_last.stored, !dbg !40

t_last.stored:                                    ; preds = %t_last.store, %neuron
  %196 = fsub double %t_last.next, %t_last.next, !dbg !40
  %197 = bitcast double %196 to i64, !dbg !40
  %t_last.bad = or i64 %gi.bad, %197, !dbg !40
  ; models/coba.ts:82  update(t: number, dt: number) {
  %spiked.byte = zext i1 %188 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i64 %bad, %t_last.bad, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %198 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %198, label %neuron, label %done, !dbg !7
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.trunc.f64(double) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "coba.ts", directory: "models")
!4 = distinct !DISubprogram(name: "CubaLIF.update", linkageName: "CubaLIF_update", scope: !3, file: !3, line: 82, type: !5, scopeLine: 82, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 82, column: 3, scope: !4)
!8 = !DILocation(line: 82, column: 21, scope: !4)
!9 = !DILocation(line: 22, column: 12, scope: !4)
!10 = !DILocation(line: 22, column: 43, scope: !4)
!11 = !DILocation(line: 84, column: 25, scope: !4)
!12 = !DILocation(line: 84, column: 31, scope: !4)
!13 = !DILocation(line: 92, column: 47, scope: !4)
!14 = !DILocation(line: 85, column: 21, scope: !4)
!15 = !DILocation(line: 85, column: 27, scope: !4)
!16 = !DILocation(line: 93, column: 47, scope: !4)
!17 = !DILocation(line: 86, column: 21, scope: !4)
!18 = !DILocation(line: 86, column: 27, scope: !4)
!19 = !DILocation(line: 86, column: 12, scope: !4)
!20 = !DILocation(line: 22, column: 30, scope: !4)
!21 = !DILocation(line: 91, column: 10, scope: !4)
!22 = !DILocation(line: 91, column: 19, scope: !4)
!23 = !DILocation(line: 84, column: 16, scope: !4)
!24 = !DILocation(line: 92, column: 11, scope: !4)
!25 = !DILocation(line: 92, column: 21, scope: !4)
!26 = !DILocation(line: 92, column: 35, scope: !4)
!27 = !DILocation(line: 92, column: 62, scope: !4)
!28 = !DILocation(line: 93, column: 11, scope: !4)
!29 = !DILocation(line: 93, column: 21, scope: !4)
!30 = !DILocation(line: 93, column: 35, scope: !4)
!31 = !DILocation(line: 93, column: 62, scope: !4)
!32 = !DILocation(line: 15, column: 3, scope: !4)
!33 = !DILocation(line: 27, column: 28, scope: !4)
!34 = !DILocation(line: 28, column: 16, scope: !4)
!35 = !DILocation(line: 85, column: 12, scope: !4)
!36 = !DILocation(line: 18, column: 3, scope: !4)
!37 = !DILocation(line: 28, column: 7, scope: !4)
!38 = !DILocation(line: 95, column: 5, scope: !4)
!39 = !DILocation(line: 96, column: 5, scope: !4)
!40 = !DILocation(line: 29, column: 7, scope: !4)
; braints-hash: 9f39cad4fa968e0d8d08da1cb738930742c38c9c3f6b543a3b1ae897097ffa97
